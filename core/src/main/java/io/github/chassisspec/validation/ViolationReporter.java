package io.github.chassisspec.validation;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeContextBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeContextBuilder;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Adds violations of a class-level constraint at paths written the spec sheet's way
 * ({@code "loadCases[laden].centreOfGravity.position"}, {@code "powertrain.gearbox.ratios[2]"}), building
 * real Bean Validation path nodes so that any framework can walk them. Message parameters are named pairs.
 */
final class ViolationReporter {

    private static final String KEY_PREFIX = "{io.github.chassisspec.validation.";

    private final HibernateConstraintValidatorContext context;
    private int count;

    ViolationReporter(ConstraintValidatorContext context) {
        this.context = context.unwrap(HibernateConstraintValidatorContext.class);
        this.context.disableDefaultConstraintViolation();
    }

    private ViolationReporter() {
        this.context = null;
    }

    /** A reporter that only counts, for checking a spec without Hibernate Validator. */
    static ViolationReporter counting() {
        return new ViolationReporter();
    }

    boolean none() {
        return count == 0;
    }

    /**
     * Reports one violation.
     *
     * @param path          the path, names separated by dots, an index or map key in brackets after its collection
     * @param messageKey    the key under {@code io.github.chassisspec.validation.} in the message bundle
     * @param parameterPairs parameter names and values, alternating
     */
    void report(String path, String messageKey, Object... parameterPairs) {
        count++;
        if (context == null) {
            return;
        }
        for (int index = 0; index + 1 < parameterPairs.length; index += 2) {
            context.addMessageParameter((String) parameterPairs[index], parameterPairs[index + 1]);
        }
        ConstraintViolationBuilder builder = context.buildConstraintViolationWithTemplate(KEY_PREFIX + messageKey + "}");
        addAt(builder, path);
    }

    private static void addAt(ConstraintViolationBuilder builder, String path) {
        Object cursor = builder;
        Object pendingKey = null;
        for (Object token : tokens(path)) {
            if (token instanceof String name) {
                cursor = addPropertyNode(cursor, name);
                if (pendingKey != null) {
                    cursor = inIterable((NodeBuilderCustomizableContext) cursor, pendingKey);
                    pendingKey = null;
                }
            } else {
                pendingKey = ((Bracket) token).key();
            }
        }
        if (pendingKey != null) {
            LeafNodeBuilderCustomizableContext leaf = addBeanNode(cursor);
            LeafNodeContextBuilder element = leaf.inIterable();
            if (pendingKey instanceof Integer index) {
                element.atIndex(index).addConstraintViolation();
            } else {
                element.atKey(pendingKey).addConstraintViolation();
            }
            return;
        }
        addViolation(cursor);
    }

    private record Bracket(Object key) {
    }

    private static List<Object> tokens(String path) {
        List<Object> tokens = new ArrayList<>();
        int index = 0;
        while (index < path.length()) {
            char character = path.charAt(index);
            if (character == '.') {
                index++;
            } else if (character == '[') {
                int close = path.indexOf(']', index);
                String key = path.substring(index + 1, close);
                tokens.add(new Bracket(key.chars().allMatch(Character::isDigit) && !key.isEmpty()
                        ? (Object) Integer.valueOf(key) : key));
                index = close + 1;
            } else {
                int end = index;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                tokens.add(path.substring(index, end));
                index = end;
            }
        }
        return tokens;
    }

    private static NodeBuilderCustomizableContext addPropertyNode(Object cursor, String name) {
        if (cursor instanceof ConstraintViolationBuilder start) {
            return start.addPropertyNode(name);
        }
        if (cursor instanceof NodeBuilderCustomizableContext customizable) {
            return customizable.addPropertyNode(name);
        }
        if (cursor instanceof NodeContextBuilder context) {
            return context.addPropertyNode(name);
        }
        return ((NodeBuilderDefinedContext) cursor).addPropertyNode(name);
    }

    private static Object inIterable(NodeBuilderCustomizableContext node, Object key) {
        NodeContextBuilder element = node.inIterable();
        return key instanceof Integer index ? element.atIndex(index) : element.atKey(key);
    }

    private static LeafNodeBuilderCustomizableContext addBeanNode(Object cursor) {
        if (cursor instanceof ConstraintViolationBuilder start) {
            return start.addBeanNode();
        }
        if (cursor instanceof NodeBuilderCustomizableContext customizable) {
            return customizable.addBeanNode();
        }
        if (cursor instanceof NodeContextBuilder context) {
            return context.addBeanNode();
        }
        return ((NodeBuilderDefinedContext) cursor).addBeanNode();
    }

    private static void addViolation(Object cursor) {
        if (cursor instanceof ConstraintViolationBuilder start) {
            start.addConstraintViolation();
        } else if (cursor instanceof NodeBuilderCustomizableContext customizable) {
            customizable.addConstraintViolation();
        } else if (cursor instanceof NodeContextBuilder context) {
            context.addConstraintViolation();
        } else {
            ((NodeBuilderDefinedContext) cursor).addConstraintViolation();
        }
    }
}
