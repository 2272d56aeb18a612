package kr.maskportal.seller.boundary;

/**
 * One seller on the district map: where, its number (the same as in the table's first column) and its name for the
 * marker's title. Its status is its layer's ({@link MapLayerView}).
 */
public record MapMarkerView(int number, int x, int y, String name) {

    public int getNumber() {
        return number;
    }

    public int getX() {
        return x;
    }

    public int getY() {
        return y;
    }

    public String getName() {
        return name;
    }
}
