package id.musrenflow.workflow.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the FEEL subset of {@link Condition}:
 * <pre>
 * expression := "=" or
 * or         := and ("or" and)*
 * and        := term ("and" term)*
 * term       := name ("=" | "!=") "string" | "(" or ")"
 * </pre>
 * Anything else is refused: silently ignoring a condition would show or hide fields differently from Camunda's
 * own form renderer and let the server validate a different form than the one the user saw.
 */
final class FeelConditionParser {

    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(?:(?<string>\"[^\"\\\\]*\")|(?<op>!=|=|\\(|\\))|(?<word>[A-Za-z_][A-Za-z0-9_]*))");

    private final String source;
    private final List<String> tokens = new ArrayList<>();
    private int next;

    private FeelConditionParser(String source) {
        this.source = source;
    }

    /** @throws IllegalArgumentException naming what is not supported */
    static Condition parse(String expression) {
        if (expression == null || !expression.startsWith("=")) {
            throw new IllegalArgumentException("'" + expression + "' is not a FEEL expression (it must start with =)");
        }
        FeelConditionParser parser = new FeelConditionParser(expression);
        parser.tokenize(expression.substring(1));
        Condition condition = parser.or();
        if (parser.next < parser.tokens.size()) {
            throw parser.unsupported("unexpected '" + parser.tokens.get(parser.next) + "'");
        }
        return condition;
    }

    private void tokenize(String body) {
        Matcher m = TOKEN.matcher(body);
        int at = 0;
        while (!body.substring(at).isBlank()) {
            m.region(at, body.length());
            if (!m.lookingAt()) {
                throw unsupported("cannot read '" + body.substring(at).strip() + "'");
            }
            tokens.add(m.group().strip());
            at = m.end();
        }
    }

    private Condition or() {
        Condition left = and();
        while (accept("or")) {
            left = new Condition.Or(left, and());
        }
        return left;
    }

    private Condition and() {
        Condition left = term();
        while (accept("and")) {
            left = new Condition.And(left, term());
        }
        return left;
    }

    private Condition term() {
        if (accept("(")) {
            Condition inner = or();
            expect(")");
            return inner;
        }
        String name = take("a field name");
        if (!name.matches("[A-Za-z_][A-Za-z0-9_]*") || name.equals("and") || name.equals("or")) {
            throw unsupported("expected a field name but found '" + name + "'");
        }
        String operator = take("= or !=");
        if (!operator.equals("=") && !operator.equals("!=")) {
            throw unsupported("only = and != are supported, found '" + operator + "'");
        }
        String literal = take("a \"string\"");
        if (!literal.startsWith("\"")) {
            throw unsupported("only \"string\" literals can be compared, found '" + literal + "'");
        }
        return new Condition.Comparison(name, literal.substring(1, literal.length() - 1), operator.equals("="));
    }

    private boolean accept(String token) {
        if (next < tokens.size() && tokens.get(next).equals(token)) {
            next++;
            return true;
        }
        return false;
    }

    private void expect(String token) {
        if (!accept(token)) {
            throw unsupported("expected '" + token + "'");
        }
    }

    private String take(String expected) {
        if (next >= tokens.size()) {
            throw unsupported("expected " + expected + " at the end");
        }
        return tokens.get(next++);
    }

    private IllegalArgumentException unsupported(String problem) {
        return new IllegalArgumentException("unsupported FEEL in '" + source + "': " + problem
                + " (supported: name = \"TEXT\", name != \"TEXT\", joined by and / or)");
    }
}
