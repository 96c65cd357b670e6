/**
 * Header rules shared by the servlet and the reactive adapters: the {@code Vary} merge and the
 * {@code Access-Control-*} family the filters own.
 */
@NullMarked
package io.github.corspolicy.spring.http;

import org.jspecify.annotations.NullMarked;
