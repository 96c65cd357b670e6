package io.github.corspolicy.doctor.cli;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.corspolicy.core.browser.BrowserRequest;

/**
 * What to check: the call a page makes, and how to print the result.
 *
 * @param url the URL the page calls
 * @param origin the page's origin
 * @param method the method of the call
 * @param headers the headers the page sets, by name as written
 * @param credentials whether the page calls {@code fetch} with {@code credentials: 'include'}
 * @param json whether to print one JSON object instead of text
 */
public record DoctorOptions(URI url, String origin, String method, Map<String, String> headers, boolean credentials,
		boolean json) {

	public DoctorOptions {
		headers = new LinkedHashMap<>(headers);
	}

	/** The call, as the core's browser model sees it. */
	public BrowserRequest browserRequest() {
		return new BrowserRequest(this.url.toString(), this.origin, this.method, this.headers, this.credentials);
	}

}
