package kr.maskportal.seller.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import kr.maskportal.seller.control.DirectoryProvince;
import kr.maskportal.seller.control.DirectorySnapshot;
import kr.maskportal.seller.control.SellerDirectory;

/** The home page: every province with its number of sellers. */
@Named
@RequestScoped
public class HomePage {

    private DirectorySnapshot directory;

    @Inject
    void read(SellerDirectory sellerDirectory) {
        directory = sellerDirectory.current();
    }

    public List<DirectoryProvince> getProvinces() {
        return directory.provinces();
    }

    public int getSellerCount() {
        return directory.sellerCount();
    }
}
