/**
 * Demo data: a deterministic, entirely fictional authority (its structure, councillors with
 * terms of office and roles, and a workforce in a plausible hierarchy), saved only through the
 * people service so that it is validated and audited like anything a user enters.
 */
package org.probity.demo;
