/**
 * Classes that break, or keep, the starter's architecture rules, so that the rules' tests can show
 * each rule catches a violation. Test code only: the rules themselves never see it.
 */
@NullMarked
package io.github.corspolicy.spring.archfixture;

import org.jspecify.annotations.NullMarked;
