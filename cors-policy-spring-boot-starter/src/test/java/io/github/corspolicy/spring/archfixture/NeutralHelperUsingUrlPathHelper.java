package io.github.corspolicy.spring.archfixture;

import org.springframework.web.util.UrlPathHelper;

/** Breaks the rule on purpose: a servlet-specific Spring type outside the servlet adapter. */
public final class NeutralHelperUsingUrlPathHelper {

	public Object helper() {
		return UrlPathHelper.defaultInstance;
	}

}
