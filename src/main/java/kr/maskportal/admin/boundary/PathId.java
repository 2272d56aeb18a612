package kr.maskportal.admin.boundary;

/** The number an administrator's page address ends in ({@code /admin/accounts/{id}}, {@code /admin/vendors/{id}}). */
final class PathId {

    private PathId() {
    }

    /**
     * Read here rather than by a Faces converter, whose message the pages would have nowhere to show; null when the
     * address named no number.
     */
    static Long parse(String id) {
        try {
            return id == null ? null : Long.valueOf(id.strip());
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }
}
