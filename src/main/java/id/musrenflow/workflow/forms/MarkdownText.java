package id.musrenflow.workflow.forms;

import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The markdown of form-js text blocks, limited to what our forms need: headings (#, ##, ###), paragraphs, bullet
 * lists ("- "), **bold** and *italic*. Built from DOM nodes with every piece of text as a text node, so nothing in a
 * form file or a translation is ever interpreted as HTML. Headings start at h3: the page title and view heading
 * come first.
 */
final class MarkdownText {

    private static final Pattern HEADING = Pattern.compile("(#{1,3})\\s+(.+)");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*(.+?)\\*\\*|\\*(.+?)\\*");

    private MarkdownText() {
    }

    static Div render(String markdown) {
        Div block = new Div();
        block.addClassName("mf-form-text");
        List<String> paragraph = new ArrayList<>();
        UnorderedList list = null;
        for (String line : markdown.split("\\R")) {
            String text = line.strip();
            Matcher heading = HEADING.matcher(text);
            if (text.startsWith("- ")) {
                flush(block, paragraph);
                if (list == null) {
                    list = new UnorderedList();
                    block.add(list);
                }
                list.add(inline(new ListItem(), text.substring(2).strip()));
                continue;
            }
            list = null;
            if (text.isEmpty()) {
                flush(block, paragraph);
            } else if (heading.matches()) {
                flush(block, paragraph);
                block.add(inline(heading(heading.group(1).length()), heading.group(2)));
            } else {
                paragraph.add(text);
            }
        }
        flush(block, paragraph);
        return block;
    }

    private static HtmlContainer heading(int level) {
        return switch (level) {
            case 1 -> new H3();
            case 2 -> new H4();
            default -> new H5();
        };
    }

    private static void flush(Div block, List<String> lines) {
        if (!lines.isEmpty()) {
            block.add(inline(new Paragraph(), String.join(" ", lines)));
            lines.clear();
        }
    }

    private static <C extends HtmlContainer> C inline(C container, String text) {
        Element parent = container.getElement();
        Matcher emphasis = EMPHASIS.matcher(text);
        int at = 0;
        while (emphasis.find()) {
            appendText(parent, text.substring(at, emphasis.start()));
            boolean bold = emphasis.group(1) != null;
            Element styled = new Element(bold ? "strong" : "em");
            styled.setText(bold ? emphasis.group(1) : emphasis.group(2));
            parent.appendChild(styled);
            at = emphasis.end();
        }
        appendText(parent, text.substring(at));
        return container;
    }

    private static void appendText(Element parent, String text) {
        if (!text.isEmpty()) {
            parent.appendChild(Element.createText(text));
        }
    }
}
