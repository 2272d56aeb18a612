package kr.maskportal.official.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/**
 * The Chart.js configuration a {@code <p:chart value="...">} draws, built from the same numbers as the table beside
 * it. Animation is off (a report is read, not watched) and every series has its own colour and, for lines, its own
 * point shape, so that colour is never the only difference.
 */
public final class ChartJson {

    private static final String[] COLOURS = {"#1d70b8", "#d4351c", "#00703c", "#f47738", "#4c2c92", "#505a5f"};
    private static final String[] POINTS = {"circle", "rect", "triangle", "rectRot", "star", "crossRot"};

    /**
     * @param name   the series' name in the legend
     * @param values one per label; null where there is no value
     */
    public record Series(String name, List<? extends Number> values) {
    }

    private ChartJson() {
    }

    public static String bar(List<String> labels, List<Series> series, String yTitle, boolean stacked) {
        return chart("bar", labels, series, yTitle, stacked, null);
    }

    /** @param yMax the top of the scale, e.g. 100 for a share in percent; null to fit the data */
    public static String line(List<String> labels, List<Series> series, String yTitle, Number yMax) {
        return chart("line", labels, series, yTitle, false, yMax);
    }

    private static String chart(String type, List<String> labels, List<Series> series, String yTitle,
            boolean stacked, Number yMax) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (Number value : s.values()) {
                if (value == null) {
                    data.addNull();
                } else if (value instanceof Double || value instanceof Float) {
                    data.add(value.doubleValue());
                } else {
                    data.add(value.longValue());
                }
            }
            String colour = COLOURS[i % COLOURS.length];
            JsonObjectBuilder dataset = Json.createObjectBuilder()
                    .add("label", s.name())
                    .add("data", data)
                    .add("borderColor", colour)
                    .add("backgroundColor", colour);
            if (type.equals("line")) {
                dataset.add("pointStyle", POINTS[i % POINTS.length]).add("pointRadius", 4).add("fill", false);
            }
            datasets.add(dataset);
        }
        JsonObjectBuilder y = Json.createObjectBuilder()
                .add("beginAtZero", true)
                .add("stacked", stacked)
                .add("title", Json.createObjectBuilder().add("display", true).add("text", yTitle));
        if (yMax != null) {
            y.add("max", yMax.doubleValue());
        }
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder()
                        .add("labels", Json.createArrayBuilder(labels))
                        .add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("animation", false)
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", stacked))
                                .add("y", y)))
                .build().toString();
    }
}
