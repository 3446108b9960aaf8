package dev.jetpod.api.labels;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Parses the string form of label selectors with Kubernetes' grammar and error wording:
 * <pre>
 *   selector    = requirement ( "," requirement )*
 *   requirement = [ "!" ] key [ ( "=" | "==" | "!=" | "&gt;" | "&lt;" ) value | ( "in" | "notin" ) "(" values ")" ]
 * </pre>
 * Whitespace separates tokens and is otherwise ignored; "in" and "notin" are keywords only where an operator is due.
 */
final class SelectorParser {
    enum Tok { IDENT, IN, NOT_IN, EQUALS, DOUBLE_EQUALS, NOT_EQUALS, NOT, GREATER, LESS, OPEN, CLOSE, COMMA, END, ERROR }

    record Token(Tok tok, String text) {
    }

    private static final Map<String, Tok> FIXED = Map.ofEntries(Map.entry(")", Tok.CLOSE), Map.entry(",", Tok.COMMA),
            Map.entry("!", Tok.NOT), Map.entry("==", Tok.DOUBLE_EQUALS), Map.entry("=", Tok.EQUALS), Map.entry(">", Tok.GREATER),
            Map.entry("in", Tok.IN), Map.entry("<", Tok.LESS), Map.entry("!=", Tok.NOT_EQUALS), Map.entry("notin", Tok.NOT_IN),
            Map.entry("(", Tok.OPEN));
    private static final String BINARY_OPERATORS = "in, notin, =, ==, !=, gt, lt";

    private final List<Token> tokens;
    private int pos;

    SelectorParser(String input) {
        this.tokens = lex(input);
    }

    List<Requirement> parse() {
        List<Requirement> out = new ArrayList<>();
        while (true) {
            Token t = peekValue();
            switch (t.tok()) {
                case IDENT, NOT -> {
                    try {
                        out.add(requirement());
                    } catch (InvalidSelectorException e) {
                        throw new InvalidSelectorException("unable to parse requirement: " + e.getMessage());
                    }
                    Token next = nextValue();
                    if (next.tok() == Tok.END) {
                        return out;
                    }
                    if (next.tok() != Tok.COMMA) {
                        throw new InvalidSelectorException("found '" + next.text() + "', expected: ',' or 'end of string'");
                    }
                    Token after = peekValue();
                    if (after.tok() != Tok.IDENT && after.tok() != Tok.NOT) {
                        throw new InvalidSelectorException("found '" + after.text() + "', expected: identifier after ','");
                    }
                }
                case END -> {
                    return out;
                }
                default -> throw new InvalidSelectorException("found '" + t.text() + "', expected: !, identifier, or 'end of string'");
            }
        }
    }

    private Requirement requirement() {
        boolean not = false;
        Token t = nextValue();
        if (t.tok() == Tok.NOT) {
            not = true;
            t = nextValue();
        }
        if (t.tok() != Tok.IDENT) {
            throw new InvalidSelectorException("found '" + t.text() + "', expected: identifier");
        }
        String key = t.text();
        Tok ahead = peekValue().tok();
        if (not || ahead == Tok.END || ahead == Tok.COMMA) {
            // "!key=value" ends the requirement at "!key"; the caller then reports the stray operator
            return Requirement.of(key, not ? Operator.DOES_NOT_EXIST : Operator.EXISTS, List.of());
        }
        Token opTok = next();
        Operator op = switch (opTok.tok()) {
            case IN -> Operator.IN;
            case NOT_IN -> Operator.NOT_IN;
            case EQUALS -> Operator.EQUALS;
            case DOUBLE_EQUALS -> Operator.DOUBLE_EQUALS;
            case NOT_EQUALS -> Operator.NOT_EQUALS;
            case GREATER -> Operator.GREATER_THAN;
            case LESS -> Operator.LESS_THAN;
            default -> throw new InvalidSelectorException("found '" + opTok.text() + "', expected: " + BINARY_OPERATORS);
        };
        List<String> values = op == Operator.IN || op == Operator.NOT_IN ? valueSet() : List.of(exactValue());
        return Requirement.of(key, op, values);
    }

    private List<String> valueSet() {
        Token t = nextValue();
        if (t.tok() != Tok.OPEN) {
            throw new InvalidSelectorException("found '" + t.text() + "' expected: '('");
        }
        Token ahead = peekValue();
        switch (ahead.tok()) {
            case IDENT, COMMA -> {
                TreeSet<String> values = identifiers();
                if (nextValue().tok() != Tok.CLOSE) {
                    throw new InvalidSelectorException("found '" + ahead.text() + "', expected: ')'");
                }
                return new ArrayList<>(values);
            }
            case CLOSE -> {
                nextValue();
                return List.of("");
            }
            default -> throw new InvalidSelectorException("found '" + ahead.text() + "', expected: ',', ')' or identifier");
        }
    }

    /** The inside of "( … )"; empty entries ("a,,b", "(,a)") stand for the empty value, as in Kubernetes. */
    private TreeSet<String> identifiers() {
        TreeSet<String> s = new TreeSet<>();
        while (true) {
            Token t = nextValue();
            switch (t.tok()) {
                case IDENT -> {
                    s.add(t.text());
                    Token ahead = peekValue();
                    if (ahead.tok() == Tok.CLOSE) {
                        return s;
                    }
                    if (ahead.tok() != Tok.COMMA) {
                        throw new InvalidSelectorException("found '" + ahead.text() + "', expected: ',' or ')'");
                    }
                }
                case COMMA -> {
                    if (s.isEmpty()) {
                        s.add("");
                    }
                    Tok ahead = peekValue().tok();
                    if (ahead == Tok.CLOSE) {
                        s.add("");
                        return s;
                    }
                    if (ahead == Tok.COMMA) {
                        nextValue();
                        s.add("");
                    }
                }
                default -> throw new InvalidSelectorException("found '" + t.text() + "', expected: ',', or identifier");
            }
        }
    }

    private String exactValue() {
        Tok ahead = peekValue().tok();
        if (ahead == Tok.END || ahead == Tok.COMMA) {
            return "";
        }
        Token t = nextValue();
        if (t.tok() == Tok.IDENT) {
            return t.text();
        }
        throw new InvalidSelectorException("found '" + t.text() + "', expected: identifier");
    }

    private Token next() {
        Token t = tokens.get(pos);
        if (pos < tokens.size() - 1) {
            pos++;
        }
        return t;
    }

    /** In value position "in" and "notin" are plain words. */
    private Token nextValue() {
        return asValue(next());
    }

    private Token peekValue() {
        return asValue(tokens.get(pos));
    }

    private static Token asValue(Token t) {
        return t.tok() == Tok.IN || t.tok() == Tok.NOT_IN ? new Token(Tok.IDENT, t.text()) : t;
    }

    static List<Token> lex(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (true) {
            while (i < s.length() && isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= s.length()) {
                out.add(new Token(Tok.END, ""));
                return out;
            }
            char c = s.charAt(i);
            if (isSpecial(c)) {
                // the longest run of symbols that is still a known operator
                Token last = null;
                int j = i;
                StringBuilder buf = new StringBuilder();
                while (j < s.length() && isSpecial(s.charAt(j))) {
                    buf.append(s.charAt(j));
                    Tok tok = FIXED.get(buf.toString());
                    if (tok != null) {
                        last = new Token(tok, buf.toString());
                        j++;
                    } else if (last != null) {
                        break;
                    } else {
                        j++;
                    }
                }
                if (last == null) {
                    out.add(new Token(Tok.ERROR, "error expected: keyword found '" + buf + "'"));
                    out.add(new Token(Tok.END, ""));
                    return out;
                }
                out.add(last);
                i += last.text().length();
            } else {
                int j = i;
                while (j < s.length() && !isSpecial(s.charAt(j)) && !isWhitespace(s.charAt(j))) {
                    j++;
                }
                String word = s.substring(i, j);
                Tok tok = FIXED.get(word);
                out.add(new Token(tok == null ? Tok.IDENT : tok, word));
                i = j;
            }
        }
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    private static boolean isSpecial(char c) {
        return c == '=' || c == '!' || c == '(' || c == ')' || c == ',' || c == '>' || c == '<';
    }
}
