package kr.maskportal.bulkaccount.control;

import java.util.List;

/**
 * What a save did: the accounts created, with their codes to hand over, and the preview's rows that turned out
 * wrong when checked again at the save (a login taken meanwhile), which were left out.
 */
public record SavedImport(List<HandOver> created, List<RowIssue> refusedAtSave) {
}
