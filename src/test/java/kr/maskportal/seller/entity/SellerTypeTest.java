package kr.maskportal.seller.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SellerTypeTest {

    @Test
    void theFeedsCodesNameTheThreeKindsOfSeller() {
        assertEquals(Optional.of(SellerType.PHARMACY), SellerType.fromCode("01"));
        assertEquals(Optional.of(SellerType.POST_OFFICE), SellerType.fromCode("02"));
        assertEquals(Optional.of(SellerType.NONGHYUP_MART), SellerType.fromCode("03"));
        assertEquals("02", SellerType.POST_OFFICE.code());
    }

    @Test
    void anythingElseIsNoType() {
        assertEquals(Optional.empty(), SellerType.fromCode("04"));
        assertEquals(Optional.empty(), SellerType.fromCode("1"));
        assertEquals(Optional.empty(), SellerType.fromCode(""));
        assertEquals(Optional.empty(), SellerType.fromCode(null));
    }
}
