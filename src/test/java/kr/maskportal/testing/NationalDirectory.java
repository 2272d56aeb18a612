package kr.maskportal.testing;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import kr.maskportal.seller.control.DirectorySeller;
import kr.maskportal.seller.control.DirectorySnapshot;
import kr.maskportal.seller.control.DistrictPlacer;
import kr.maskportal.seller.control.PlaceReference;
import kr.maskportal.seller.control.PlaceReferenceLoader;
import kr.maskportal.seller.control.Placement;
import kr.maskportal.seller.control.SellerFileContents;
import kr.maskportal.seller.control.SellerFileReader;
import org.flywaydb.core.Flyway;

/**
 * The national seller list as shipped, placed in districts as the portal places it at start-up, without a server:
 * the place reference from the migrations run on an in-memory H2 database of the caller's name.
 *
 * @param file    the list as read, every row
 * @param sellers every seller as the directory holds it, placed or not
 */
public record NationalDirectory(PlaceReference places, SellerFileContents file, List<DirectorySeller> sellers,
                                DirectorySnapshot snapshot) {

    private static final Path SELLER_FILE = Path.of("src/main/resources/seed/sellers-2020-03-14.csv.gz");

    /** @param database a name of its own for the in-memory database, kept while the JVM runs */
    public static NationalDirectory load(String database) throws Exception {
        String url = "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1;MODE=LEGACY";
        Flyway.configure().dataSource(url, "sa", "").locations("filesystem:db-migrations").load().migrate();
        PlaceReference places;
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            places = new PlaceReferenceLoader().load(connection);
        }
        SellerFileContents file;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(SELLER_FILE))) {
            file = new SellerFileReader().read(in);
        }
        Map<String, Placement> placements = new DistrictPlacer(places).placeAll(file.rows());
        List<DirectorySeller> sellers = file.rows().stream()
                .map(r -> new DirectorySeller(r.code(), r.name(), r.type(), r.address(),
                        placements.get(r.code()).districtCode(), r.location()))
                .toList();
        return new NationalDirectory(places, file, sellers,
                DirectorySnapshot.build(places.provinces(), places.districts(), sellers, Instant.EPOCH));
    }
}
