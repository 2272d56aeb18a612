package kr.maskportal.seller.boundary;

import java.util.List;
import kr.maskportal.official.boundary.NoticeSpan;
import kr.maskportal.official.control.PostedNotice;

/** A district office's notice on a resident's page: its text (shown as text, markup included) and when it is up. */
public record DistrictNoticeView(String text, NoticeSpan span) {

    static List<DistrictNoticeView> of(List<PostedNotice> notices) {
        return notices.stream().map(n -> new DistrictNoticeView(n.text(), NoticeSpan.of(n.startsAt(), n.endsAt())))
                .toList();
    }

    /** For Expression Language, which cannot read record components. */
    public String getText() {
        return text;
    }

    public NoticeSpan getSpan() {
        return span;
    }
}
