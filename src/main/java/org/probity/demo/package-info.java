/**
 * Demo data: a deterministic, entirely fictional authority (its structure, councillors with
 * terms of office and roles, a workforce in a plausible hierarchy, and its register of declared
 * relationships), saved only through the services so that it is validated and audited like
 * anything a user enters.
 */
package org.probity.demo;
