package io.github.corspolicy.spring.servlet;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import io.github.corspolicy.core.CorsDecision;
import io.github.corspolicy.core.CorsRequest;
import io.github.corspolicy.spring.http.CorsHeaders;

/**
 * The response as the application sees it during a CORS request. The filter owns the
 * {@code Access-Control-*} headers: the application's own attempts to set them ({@code @CrossOrigin},
 * {@code addCorsMappings}, {@code http.cors()}, a hand-written header) are ignored, so a response
 * carries exactly one {@code Access-Control-Allow-Origin}, from this policy; and a
 * {@link #reset()} downstream does not strip them from an error response.
 */
final class CorsHeaderGuard extends HttpServletResponseWrapper {

	private final CorsDecision decision;

	private final CorsRequest request;

	CorsHeaderGuard(HttpServletResponse response, CorsDecision decision, CorsRequest request) {
		super(response);
		this.decision = decision;
		this.request = request;
	}

	@Override
	public void setHeader(String name, String value) {
		if (!CorsHeaders.isCorsHeader(name)) {
			super.setHeader(name, value);
		}
	}

	@Override
	public void addHeader(String name, String value) {
		if (!CorsHeaders.isCorsHeader(name)) {
			super.addHeader(name, value);
		}
	}

	@Override
	public void setIntHeader(String name, int value) {
		if (!CorsHeaders.isCorsHeader(name)) {
			super.setIntHeader(name, value);
		}
	}

	@Override
	public void addIntHeader(String name, int value) {
		if (!CorsHeaders.isCorsHeader(name)) {
			super.addIntHeader(name, value);
		}
	}

	@Override
	public void reset() {
		super.reset();
		this.decision.writeHeaders(this.request, new ServletHeaderSink((HttpServletResponse) getResponse()));
	}

}
