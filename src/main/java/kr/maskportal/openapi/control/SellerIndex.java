package kr.maskportal.openapi.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kr.maskportal.seller.control.DirectoryDistrict;
import kr.maskportal.seller.control.DirectorySeller;
import kr.maskportal.seller.control.DirectorySnapshot;
import kr.maskportal.seller.control.GeoPoint;

/**
 * Every seller of one directory snapshot the way the corrected feed lists them: in code order (the order of
 * {@code stores/json} and {@code sales/json}, stable from one call to the next), with their code and store fields as
 * JSON, by district in the directory's order, and in a {@link GeoGrid}. Built once per directory snapshot, which
 * changes only when the seller list does; immutable.
 */
final class SellerIndex {

    private final DirectorySnapshot directory;
    private final DirectorySeller[] sellers;
    private final byte[][] codes;
    private final byte[][] stores;
    private final Map<String, Integer> indexByCode;
    private final GeoGrid grid;

    SellerIndex(DirectorySnapshot directory) {
        this.directory = directory;
        List<DirectorySeller> inOrder = new ArrayList<>(directory.sellers());
        inOrder.sort(Comparator.comparing(DirectorySeller::getCode));
        this.sellers = inOrder.toArray(DirectorySeller[]::new);
        this.codes = new byte[sellers.length][];
        this.stores = new byte[sellers.length][];
        this.indexByCode = new HashMap<>(sellers.length * 2);
        GeoPoint[] points = new GeoPoint[sellers.length];
        for (int i = 0; i < sellers.length; i++) {
            codes[i] = SellerJson.code(sellers[i]);
            stores[i] = SellerJson.store(sellers[i]);
            indexByCode.put(sellers[i].getCode(), i);
            points[i] = sellers[i].getLocation();
        }
        this.grid = new GeoGrid(points);
    }

    DirectorySnapshot directory() {
        return directory;
    }

    int size() {
        return sellers.length;
    }

    DirectorySeller seller(int index) {
        return sellers[index];
    }

    byte[] code(int index) {
        return codes[index];
    }

    byte[] store(int index) {
        return stores[index];
    }

    GeoGrid grid() {
        return grid;
    }

    /** The indexes of a district's sellers, in the directory's order (by name); none for an unknown district. */
    int[] inDistrict(String districtCode) {
        return directory.district(districtCode).map(DirectoryDistrict::getSellers).orElse(List.of()).stream()
                .map(DirectorySeller::getCode).map(indexByCode::get).filter(i -> i != null)
                .mapToInt(Integer::intValue).toArray();
    }
}
