package io.parley.cli;

import io.parley.ingest.html.HtmlArticleExtractor;
import io.parley.ingest.html.PageDecoder;
import io.parley.ingest.html.PageTooComplexException;
import io.parley.ingest.html.TextLine;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** {@code parley text}: reduces HTML pages to their main text, one JSON line per file. */
final class TextCommand implements Command {

    @Override
    public String name() {
        return "text";
    }

    @Override
    public String synopsis() {
        return "FILE...   (HTML, optionally .gz)";
    }

    @Override
    public String summary() {
        return "print the headline, date, canonical URL and main text of HTML pages as JSON lines";
    }

    @Override
    public int run(List<String> argList, Terminal terminal) throws UsageException {
        List<String> files = Args.parse(argList, Set.of(), Set.of()).positionals();
        if (files.isEmpty()) {
            throw new UsageException("expects at least one FILE");
        }
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        int failures = 0;
        for (String file : files) {
            try {
                String html = PageDecoder.decode(InputFiles.read(file), null).text();
                terminal.out().println(TextLine.toJsonLine(Path.of(file).getFileName().toString(), extractor.extract(html, null)));
            } catch (PageTooComplexException e) {
                terminal.err().println("parley text: " + file + ": " + e.getMessage());
                failures++;
            } catch (CliException e) {
                terminal.err().println("parley text: " + e.getMessage());
                failures++;
            }
        }
        return failures == 0 ? Main.OK : Main.FAILED;
    }
}
