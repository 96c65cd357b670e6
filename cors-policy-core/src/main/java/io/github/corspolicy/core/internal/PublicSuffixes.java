package io.github.corspolicy.core.internal;

import java.util.Set;

/**
 * A small, embedded subset of the Public Suffix List: the multi-label public suffixes and shared
 * hosting domains where {@code *.suffix} would admit sites run by strangers. A wildcard over any
 * single label ({@code *.com}) is refused without this list.
 */
final class PublicSuffixes {

	private static final Set<String> SHARED = Set.of(
			// second-level registries
			"co.uk", "org.uk", "ac.uk", "gov.uk", "me.uk", "ltd.uk", "plc.uk", "net.uk", "co.jp", "ne.jp", "or.jp",
			"com.au", "net.au", "org.au", "edu.au", "gov.au", "co.nz", "org.nz", "com.br", "net.br", "org.br",
			"com.cn", "net.cn", "org.cn", "com.mx", "com.ar", "com.tr", "co.in", "net.in", "org.in", "co.za",
			"co.kr", "or.kr", "com.sg", "com.hk", "com.tw", "co.il", "com.pl", "com.ua", "co.id", "com.my",
			// shared hosting and preview platforms
			"github.io", "gitlab.io", "vercel.app", "now.sh", "netlify.app", "netlify.com", "herokuapp.com",
			"pages.dev", "workers.dev", "web.app", "firebaseapp.com", "appspot.com", "azurewebsites.net",
			"azurestaticapps.net", "cloudfront.net", "amazonaws.com", "elasticbeanstalk.com", "onrender.com",
			"fly.dev", "railway.app", "up.railway.app", "glitch.me", "repl.co", "replit.dev", "surge.sh",
			"ngrok.io", "ngrok-free.app", "ngrok.app", "loca.lt", "trycloudflare.com", "blogspot.com",
			"wordpress.com", "herokuapp.net", "cloudfunctions.net", "run.app", "deno.dev", "codesandbox.io",
			"csb.app", "stackblitz.io", "webcontainer.io", "bitbucket.io", "readthedocs.io", "pythonanywhere.com");

	private PublicSuffixes() {
	}

	/**
	 * Whether every name under {@code domain} may belong to a different owner. {@code localhost} is
	 * not: every name under it is this machine (RFC 6761).
	 */
	static boolean isPublicSuffix(String domain) {
		return domain.indexOf('.') < 0 && !domain.equals("localhost") || SHARED.contains(domain);
	}

	/** Whether {@code domain} is a hosting platform that gives each customer a name under it. */
	static boolean isSharedHosting(String domain) {
		return SHARED.contains(domain) && !domain.matches("[a-z]{2,3}\\.[a-z]{2}");
	}

}
