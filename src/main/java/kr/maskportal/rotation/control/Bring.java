package kr.maskportal.rotation.control;

/** What a buyer has to show at the counter. */
public enum Bring {

    /** 신분증: the seller checks the national duplicate-purchase system against it. */
    ID_CARD
}
