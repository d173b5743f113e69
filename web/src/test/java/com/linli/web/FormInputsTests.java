package com.linli.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.ClassUtils;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.linli.domain.shared.PlainText;

/**
 * Walks every handler of every controller: each text it reads, as a parameter or as a field of a
 * form (nested rows included), refuses control characters, and each form it saves is validated.
 * A new form or parameter without {@link PlainText} fails here, before a NUL reaches PostgreSQL.
 */
class FormInputsTests {

    private static final List<Class<?>> NOT_INPUT = List.of(Model.class, Errors.class, RedirectAttributes.class,
            HttpSession.class, ServletRequest.class, ServletResponse.class, MultipartFile.class);

    private final Set<String> unguarded = new TreeSet<>();
    private final Set<String> forms = new TreeSet<>();

    @Test
    void everyTextInputRefusesControlCharactersAndEverySavedFormIsValidated() throws ClassNotFoundException {
        for (var controller : controllers()) {
            for (var method : controller.getDeclaredMethods()) {
                if (AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)) {
                    for (var parameter : method.getParameters()) {
                        check(method, parameter);
                    }
                }
            }
        }

        assertThat(forms).contains("Registration", "Proposal", "CategoryDetails", "SupplierDetails", "ProductForm",
                "GroupBuyForm", "ItemForm", "OrderForm");
        assertThat(unguarded).isEmpty();
    }

    private void check(Method method, Parameter parameter) {
        var type = parameter.getType();
        var where = method.getDeclaringClass().getSimpleName() + "." + method.getName() + "(" + parameter.getName() + ")";
        if (parameter.isAnnotationPresent(AuthenticationPrincipal.class)
                || NOT_INPUT.stream().anyMatch(skipped -> skipped.isAssignableFrom(type))) {
            return;
        }
        if (type == String.class) {
            requirePlainText(parameter.isAnnotationPresent(PlainText.class), where);
        } else if (Map.class.isAssignableFrom(type)) {
            // fields read by name, e.g. received[12]=3: each value a text
            var values = parameter.getAnnotatedType() instanceof AnnotatedParameterizedType generic
                    ? generic.getAnnotatedActualTypeArguments()[1] : null;
            requirePlainText(values != null && values.isAnnotationPresent(PlainText.class), where + " values");
        } else if (!BeanUtils.isSimpleProperty(type)) {
            if (!AnnotatedElementUtils.hasAnnotation(method, GetMapping.class) && !parameter.isAnnotationPresent(Valid.class)) {
                unguarded.add(where + " is saved without @Valid");
            }
            walk(type, where);
        }
    }

    private void walk(Class<?> form, String where) {
        if (!forms.add(form.getSimpleName())) {
            return;
        }
        for (var field : form.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            var path = where + " → " + form.getSimpleName() + "." + field.getName();
            if (field.getType() == String.class) {
                requirePlainText(field.isAnnotationPresent(PlainText.class), path);
            } else if (Collection.class.isAssignableFrom(field.getType())) {
                var rows = field.getAnnotatedType() instanceof AnnotatedParameterizedType generic
                        ? generic.getAnnotatedActualTypeArguments()[0] : null;
                if (rows != null && rows.getType() instanceof Class<?> row && !BeanUtils.isSimpleProperty(row)) {
                    if (!rows.isAnnotationPresent(Valid.class) && !field.isAnnotationPresent(Valid.class)) {
                        unguarded.add(path + " rows are not @Valid");
                    }
                    walk(row, path);
                }
            } else if (Map.class.isAssignableFrom(field.getType())) {
                if (field.getGenericType().getTypeName().contains("String")) {
                    unguarded.add(path + " maps texts, which this test cannot check");
                }
            } else if (!BeanUtils.isSimpleProperty(field.getType()) && !MultipartFile.class.equals(field.getType())) {
                walk(field.getType(), path);
            }
        }
    }

    private void requirePlainText(boolean annotated, String where) {
        if (!annotated) {
            unguarded.add(where + " lacks @PlainText");
        }
    }

    private static List<Class<?>> controllers() throws ClassNotFoundException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        var controllers = new ArrayList<Class<?>>();
        for (var candidate : scanner.findCandidateComponents("com.linli.web")) {
            controllers.add(ClassUtils.forName(candidate.getBeanClassName(), FormInputsTests.class.getClassLoader()));
        }
        return controllers;
    }
}
