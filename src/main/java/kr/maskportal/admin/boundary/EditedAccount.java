package kr.maskportal.admin.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * Which account {@code /admin/accounts/{id}} shows, kept with the view: the posts of its forms go to the view's own
 * address, without the id, and the page must know the account while those posts are decoded, before any value of
 * theirs reaches a bean. Only the id is kept, so nothing in the session grows stale.
 */
@Named
@ViewScoped
public class EditedAccount implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;

    /** Null when the address named no account number. */
    public Long id() {
        return id;
    }

    public String getId() {
        return id == null ? null : id.toString();
    }

    public void setId(String id) {
        this.id = PathId.parse(id);
    }
}
