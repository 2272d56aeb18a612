package kr.maskportal.seller.control;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads the place tables of migration V001 into a {@link PlaceReference}. */
public final class PlaceReferenceLoader {

    /** The connection is used, not closed. */
    public PlaceReference load(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            List<Province> provinces = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery(
                    "SELECT code, name, short_name, name_en, sort_order FROM province")) {
                while (rs.next()) {
                    provinces.add(new Province(text(rs, 1), text(rs, 2), text(rs, 3), text(rs, 4), rs.getInt(5)));
                }
            }
            List<District> districts = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery(
                    "SELECT code, province_code, name, name_en FROM district")) {
                while (rs.next()) {
                    districts.add(new District(text(rs, 1), text(rs, 2), text(rs, 3), text(rs, 4)));
                }
            }
            List<ProvinceAlias> provinceAliases = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery("SELECT alias, province_code FROM province_alias")) {
                while (rs.next()) {
                    provinceAliases.add(new ProvinceAlias(text(rs, 1), text(rs, 2)));
                }
            }
            List<DistrictAlias> districtAliases = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery(
                    "SELECT province_code, alias, district_code FROM district_alias")) {
                while (rs.next()) {
                    districtAliases.add(new DistrictAlias(text(rs, 1), text(rs, 2), text(rs, 3)));
                }
            }
            return new PlaceReference(provinces, districts, provinceAliases, districtAliases);
        }
    }

    /** CHAR columns come back blank-padded from some databases. */
    private static String text(ResultSet rs, int column) throws SQLException {
        String value = rs.getString(column);
        return value == null ? null : value.strip();
    }
}
