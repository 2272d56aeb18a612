package kr.maskportal.admin.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Which vendor {@code /admin/vendors/{id}} shows, kept with the view (its forms post to the view's own address,
 * without the id), and the seller list last previewed on it: saving binds exactly what the preview showed, however
 * the file changed since, and a post cannot slip other codes in.
 */
@Named
@ViewScoped
public class EditedVendor implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String previewedCodes;

    /** Null when the address named no vendor number. */
    public Long id() {
        return id;
    }

    public String getId() {
        return id == null ? null : id.toString();
    }

    public void setId(String id) {
        this.id = PathId.parse(id);
    }

    /** The codes of the last preview, separated by spaces; null when there is nothing to save. */
    String previewedCodes() {
        return previewedCodes;
    }

    void previewed(String codes) {
        previewedCodes = codes == null || codes.isEmpty() ? null : codes;
    }

    /** Whether a preview waits to be saved: the save button is rendered, and decoded, only then. */
    public boolean isPending() {
        return previewedCodes != null;
    }
}
