package kr.maskportal.seller.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A record of a seller file that was skipped or loaded only in part, kept so administrators can follow it up. */
@Entity
@Table(name = "seller_file_problem")
public class SellerFileProblemEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "source_name", nullable = false)
    private String sourceName;

    @Column(name = "line_number", nullable = false)
    private int lineNumber;

    @Column(nullable = false)
    private String reason;

    @Column(name = "raw_line")
    private String rawLine;

    protected SellerFileProblemEntry() {
    }

    public SellerFileProblemEntry(String sourceName, int lineNumber, String reason, String rawLine) {
        this.sourceName = sourceName;
        this.lineNumber = lineNumber;
        this.reason = reason;
        this.rawLine = rawLine;
    }

    public String getSourceName() {
        return sourceName;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    public String getReason() {
        return reason;
    }

    public String getRawLine() {
        return rawLine;
    }
}
