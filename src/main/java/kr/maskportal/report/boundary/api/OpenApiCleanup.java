package kr.maskportal.report.boundary.api;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import kr.maskportal.report.entity.ReportKind;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Corrects two faults of Payara's OpenAPI generator before {@code /openapi} is served (registered as
 * {@code mp.openapi.filter} in {@code META-INF/microprofile-config.properties}):
 * <ul>
 * <li>every {@code @Schema} annotation brings all its attributes' default values along, among them
 * {@code maxProperties: 0}, which would tell a validating client that the request must be an empty object; the
 * defaults of the specification are dropped again, since leaving them out means the same;</li>
 * <li>an enum's values are taken from all its static fields, so {@code ReportKind.NOTICE_MAX_LENGTH} appears as one
 * more kind, which the API would refuse;</li>
 * <li>the Java type wins over the annotation's {@code type}: a {@code long} becomes a "number", an
 * {@code OffsetDateTime} an "object", and examples of integers become strings. The annotation's {@code format}
 * survives and says what was meant.</li>
 * </ul>
 */
public class OpenApiCleanup implements OASFilter {

    private static final Set<String> KINDS =
            Arrays.stream(ReportKind.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());

    @Override
    public Schema filterSchema(Schema schema) {
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        if ("date-time".equals(schema.getFormat())) {
            schema.setType(Schema.SchemaType.STRING);
        }
        if ("int64".equals(schema.getFormat()) || "int32".equals(schema.getFormat())) {
            schema.setType(Schema.SchemaType.INTEGER);
        }
        if (schema.getType() == Schema.SchemaType.INTEGER && schema.getExample() instanceof String example
                && example.matches("-?\\d{1,18}")) {
            schema.setExample(Long.parseLong(example));
        }
        List<Object> values = schema.getEnumeration();
        if (values != null && values.containsAll(KINDS)) {
            schema.setEnumeration(values.stream().filter(KINDS::contains).toList());
            schema.setType(Schema.SchemaType.STRING);
        }
        return schema;
    }
}
