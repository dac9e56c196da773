/**
 * What a committee report is made of, independent of the file it becomes: cover, numbered
 * sections and paragraphs, tables, charts with their alternative text, lists, marked
 * amendments and the author block. The PDF and DOCX renderers both read this model.
 */
package org.probity.reports.document;
