package kr.maskportal.seller.control;

import java.util.List;

/** What a seller file yielded: the sellers that could be read, and a problem for every record that was not clean. */
public record SellerFileContents(List<SellerRow> rows, List<SellerFileProblem> problems) {

    public SellerFileContents {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    public long skippedCount() {
        return problems.stream().filter(SellerFileProblem::rowSkipped).count();
    }
}
