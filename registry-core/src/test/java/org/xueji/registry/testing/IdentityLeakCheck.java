package org.xueji.registry.testing;

/**
 * Checks after the core's suite that its output holds no full identity number; run by the
 * {@code identity-leak-check} execution of Surefire, not by the default test run.
 */
class IdentityLeakCheck extends FullIdentityNumbersNeverLeak {
}
