/**
 * Turns a report's document model into files: a tagged, archival PDF (PDF/UA-1 and PDF/A-2)
 * laid out for A4 print, and a Word document a clerk can paste into the council's own
 * committee template.
 */
package org.probity.reports.render;
