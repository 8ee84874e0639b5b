package io.github.chassisspec.report;

import java.util.Locale;
import org.owasp.encoder.Encode;

/** The page around the HTML reports: the document head with the inline style sheet, and the footer. */
final class HtmlPage {

    /** Inline so that the file is self-contained; system fonts so that nothing is fetched. */
    private static final String STYLE = """
            :root { color-scheme: light; }
            * { box-sizing: border-box; }
            body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC",
                   "Microsoft YaHei", sans-serif; margin: 0 auto; padding: 24px; max-width: 1180px; color: #1d1d1f;
                   line-height: 1.45; font-size: 15px; }
            h1 { font-size: 1.6em; margin: 0 0 4px; overflow-wrap: anywhere; }
            h2 { font-size: 1.35em; margin: 32px 0 4px; border-top: 2px solid #ccc; padding-top: 16px;
                 overflow-wrap: anywhere; }
            h3 { font-size: 1.15em; margin: 28px 0 8px; }
            h4 { font-size: 1.02em; margin: 0 0 6px; }
            .spec-name { margin: 0 0 12px; color: #555; overflow-wrap: anywhere; }
            .verdict-line { display: flex; align-items: center; gap: 12px; flex-wrap: wrap; margin: 12px 0; }
            .badge { display: inline-block; padding: 6px 16px; border-radius: 6px; font-weight: 700;
                     font-size: 1.3em; color: #fff; letter-spacing: 0.04em; white-space: nowrap; }
            .badge.small { padding: 1px 8px; font-size: 0.85em; }
            .badge.pass { background: #1e7d3a; } .badge.fail { background: #b3261e; }
            .badge.not-evaluated { background: #8a6d00; }
            .summary { font-size: 1.05em; }
            .alert { border: 2px solid #b3261e; background: #fdecea; padding: 10px 14px; border-radius: 6px;
                     margin: 12px 0; overflow-wrap: anywhere; }
            .alert ul { margin: 6px 0 0; padding-left: 20px; }
            .table-wrap { overflow-x: auto; max-width: 100%; }
            table { border-collapse: collapse; width: 100%; font-size: 0.92em; }
            th, td { border-bottom: 1px solid #ddd; padding: 6px 8px; text-align: left; vertical-align: top;
                     overflow-wrap: break-word; }
            th { background: #f3f4f6; }
            td.figure { white-space: nowrap; font-variant-numeric: tabular-nums; }
            tr.fail td { background: #fff6f5; }
            .label { color: #555; font-style: italic; }
            td.cell { white-space: nowrap; font-variant-numeric: tabular-nums; }
            td.cell.pass { color: #1e7d3a; } td.cell.fail { color: #b3261e; font-weight: 600; }
            td.cell.not-evaluated { color: #8a6d00; }
            table.batch th[title] { cursor: help; text-decoration: underline dotted; }
            table.batch td.variant { white-space: nowrap; position: sticky; left: 0; background: #fff; }
            article.requirement { border-left: 4px solid #ccc; padding: 6px 0 6px 14px; margin: 14px 0;
                                  overflow-wrap: break-word; }
            article.requirement.pass { border-color: #1e7d3a; } article.requirement.fail { border-color: #b3261e; }
            article.requirement.not-evaluated { border-color: #8a6d00; }
            dl { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 6px 0; }
            dt { font-weight: 600; color: #444; } dd { margin: 0; min-width: 0; }
            dd ul { margin: 0; padding-left: 18px; }
            .warning { color: #7a1b14; }
            figure.chart { margin: 10px 0; max-width: 640px; break-inside: avoid; }
            figure.chart svg { width: 100%; height: auto; display: block; font-family: inherit; }
            figcaption { font-size: 0.85em; color: #555; }
            footer { margin-top: 36px; color: #666; font-size: 0.85em; border-top: 1px solid #ddd; padding-top: 8px; }
            @media print {
              body { padding: 0; max-width: none; font-size: 11pt; }
              .badge, tr.fail td, .alert { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
              a { color: inherit; text-decoration: none; }
              h2 { break-before: page; }
            }
            """;

    private HtmlPage() {
    }

    static void open(StringBuilder html, String title, Locale locale) {
        String language = PhraseBooks.language(locale);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(language.equals("zh") ? "zh-Hans" : language)
                .append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Encode.forHtmlContent(title)).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n");
    }

    static void close(StringBuilder html, Locale locale) {
        html.append("<footer>").append(Encode.forHtmlContent(ReportText.label("html.generated", locale)))
                .append("</footer>\n</body>\n</html>\n");
    }
}
