package io.github.basisspread.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.basisspread.cli.internal.Json;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        // RFC 8259 section 7: quote, backslash and U+0000..U+001F must be escaped.
        assertThat(Json.write("a\"b\\c\nd\te\u0001\r\b\f")).isEqualTo("\"a\\\"b\\\\c\\nd\\te\\u0001\\r\\b\\f\"");
        assertThat(Json.write("é/€")).isEqualTo("\"é/€\"");
    }

    @Test
    void writesNonFiniteDoublesAsNullAndNumbersShortest() {
        Map<String, Object> o = Json.object();
        o.put("nan", Double.NaN);
        o.put("inf", Double.POSITIVE_INFINITY);
        o.put("ninf", Double.NEGATIVE_INFINITY);
        o.put("tenth", 0.1);
        o.put("big", 1e23); // JDK 17 Double.toString gives 9.999999999999999E22, not the shortest
        o.put("small", 1.5e-8);
        o.put("int", 3);
        o.put("long", 1L << 40);
        o.put("float", 0.5f);
        o.put("flag", true);
        o.put("none", null);
        o.put("list", List.of(1, "x"));
        assertThat(Json.write(o)).isEqualTo("{\"nan\":null,\"inf\":null,\"ninf\":null,\"tenth\":0.1,\"big\":1.0E23,"
                + "\"small\":1.5E-8,\"int\":3,\"long\":1099511627776,\"float\":0.5,\"flag\":true,\"none\":null,"
                + "\"list\":[1,\"x\"]}");
        assertThat(Json.write(List.of())).isEqualTo("[]");
        assertThat(Json.write(Map.of())).isEqualTo("{}");
    }

    @Test
    void rejectsUnsupportedValues() {
        assertThatThrownBy(() -> Json.write(new Object())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'value'").hasMessageContaining("java.lang.Object");
        assertThatThrownBy(() -> Json.write(Map.of(1, 2))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("string map keys");
    }

    @Property
    void finiteDoublesReadBackExactly(@ForAll double x) {
        Object back = MiniJson.parse(Json.write(x));
        if (Double.isFinite(x)) {
            assertThat((Double) back).isEqualTo(x);
        } else {
            assertThat(back).isNull();
        }
    }

    @Property
    void stringsReadBackExactly(@ForAll String s) {
        assertThat(MiniJson.parse(Json.write(s))).isEqualTo(s);
    }

    @Property
    void arraysOfDoublesReadBack(@ForAll double[] xs) {
        List<Double> list = Arrays.stream(xs).boxed().toList();
        @SuppressWarnings("unchecked")
        List<Object> back = (List<Object>) MiniJson.parse(Json.write(list));
        assertThat(back).hasSize(xs.length);
        for (int i = 0; i < xs.length; i++) {
            assertThat(back.get(i)).isEqualTo(Double.isFinite(xs[i]) ? (Object) xs[i] : null);
        }
    }
}
