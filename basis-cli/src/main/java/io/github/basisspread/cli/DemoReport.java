package io.github.basisspread.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The demo's report: a first line naming the data, then sections of lines, tables and charts,
 * rendered as text for the terminal and as a self-contained HTML page (charts embedded as base64
 * PNG data URIs, every text escaped).
 */
final class DemoReport {

    /** One piece of a section. */
    sealed interface Block permits Line, Table, Chart {
    }

    /** A line of text. */
    record Line(String text) implements Block {
    }

    /** A table: first column a label, the others values. */
    record Table(List<String> header, List<List<String>> rows) implements Block {
        Table {
            header = List.copyOf(header);
            List<List<String>> copy = new ArrayList<>();
            for (List<String> r : rows) {
                copy.add(List.copyOf(r));
            }
            rows = List.copyOf(copy);
        }
    }

    /** A chart written as {@code file}; the PNG bytes are empty when charts are off. */
    record Chart(String file, String title, byte[] png) implements Block {
        Chart {
            png = png.clone();
        }

        @Override
        public byte[] png() {
            return png.clone();
        }

        boolean rendered() {
            return png.length > 0;
        }
    }

    /** A titled section. */
    record Section(String title, List<Block> blocks) {
    }

    /** The heading of the HTML page. */
    static final String HEADING = "Basis demo report";

    private final String source;
    private final List<Section> sections = new ArrayList<>();
    private List<Block> current;

    /** A report whose first line says what the data are. */
    DemoReport(String source) {
        this.source = source;
    }

    DemoReport section(String sectionTitle) {
        current = new ArrayList<>();
        sections.add(new Section(sectionTitle, current));
        return this;
    }

    DemoReport line(String text) {
        current.add(new Line(text));
        return this;
    }

    DemoReport table(List<String> header, List<List<String>> rows) {
        current.add(new Table(header, rows));
        return this;
    }

    DemoReport chart(Chart chart) {
        current.add(chart);
        return this;
    }

    List<Section> sections() {
        return List.copyOf(sections);
    }

    List<Chart> charts() {
        List<Chart> out = new ArrayList<>();
        for (Section s : sections) {
            for (Block b : s.blocks()) {
                if (b instanceof Chart c && c.rendered()) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** Prints the report as text: the charts are named by their files. */
    void printText(PrintWriter out) {
        out.println(source);
        for (Section s : sections) {
            out.println();
            out.println("== " + s.title());
            for (Block b : s.blocks()) {
                if (b instanceof Line l) {
                    out.println(l.text());
                } else if (b instanceof Table t) {
                    Text.table(out, t.header(), t.rows());
                } else if (b instanceof Chart c && c.rendered()) {
                    out.println("chart: " + c.file());
                }
            }
        }
    }

    /** The report as one self-contained HTML page. */
    String html() {
        StringBuilder h = new StringBuilder(1 << 16);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(HEADING).append("</title>\n<style>\n")
                .append("body{font-family:system-ui,sans-serif;max-width:1000px;margin:2em auto;padding:0 1em;"
                        + "color:#222}\n")
                .append("h1{font-size:1.4em}h2{font-size:1.15em;border-bottom:1px solid #ccc;padding-top:.6em}\n")
                .append("table{border-collapse:collapse;margin:.6em 0;font-size:.9em}\n")
                .append("th,td{border:1px solid #ddd;padding:.25em .6em;text-align:right}\n")
                .append("th:first-child,td:first-child{text-align:left}th{background:#f3f3f3}\n")
                .append("img{max-width:100%;margin:.6em 0}p{margin:.3em 0}.source{font-weight:bold;color:#a40}\n")
                .append("</style>\n</head>\n<body>\n<h1>").append(HEADING).append("</h1>\n<p class=\"source\">")
                .append(escape(source)).append("</p>\n");
        for (Section s : sections) {
            h.append("<h2>").append(escape(s.title())).append("</h2>\n");
            for (Block b : s.blocks()) {
                if (b instanceof Line l) {
                    h.append("<p>").append(escape(l.text())).append("</p>\n");
                } else if (b instanceof Table t) {
                    h.append("<table>\n<tr>");
                    for (String c : t.header()) {
                        h.append("<th>").append(escape(c)).append("</th>");
                    }
                    h.append("</tr>\n");
                    for (List<String> r : t.rows()) {
                        h.append("<tr>");
                        for (String c : r) {
                            h.append("<td>").append(escape(c)).append("</td>");
                        }
                        h.append("</tr>\n");
                    }
                    h.append("</table>\n");
                } else if (b instanceof Chart c && c.rendered()) {
                    h.append("<figure><img alt=\"").append(escape(c.title())).append("\" src=\"data:image/png;base64,")
                            .append(Base64.getEncoder().encodeToString(c.png())).append("\"><figcaption>")
                            .append(escape(c.title())).append(" (").append(escape(c.file()))
                            .append(")</figcaption></figure>\n");
                }
            }
        }
        return h.append("</body>\n</html>\n").toString();
    }

    /** Escapes text for HTML element content and attribute values. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
