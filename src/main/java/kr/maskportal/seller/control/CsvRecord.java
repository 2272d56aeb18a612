package kr.maskportal.seller.control;

import java.util.List;

/**
 * One record of a CSV file as physically read.
 *
 * @param lineNumber physical line where the record starts, counting from 1
 * @param fields     the fields, unquoted; empty when the record could not be split
 * @param rawText    the record's text as it stood in the file, for problem reports
 * @param wellQuoted false when a quoted field never closed properly; the record then covers only its first line
 */
public record CsvRecord(int lineNumber, List<String> fields, String rawText, boolean wellQuoted) {
}
