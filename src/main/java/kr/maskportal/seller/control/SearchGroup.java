package kr.maskportal.seller.control;

import java.util.List;

/** The hits of a search in one district, in name order. */
public record SearchGroup(DirectoryProvince province, DirectoryDistrict district, List<DirectorySeller> sellers) {

    public SearchGroup {
        sellers = List.copyOf(sellers);
    }
}
