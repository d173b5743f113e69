package com.linli.web.archfixture;

import com.linli.persistence.archfixture.Adapter;

/** A page that reaches into persistence, on purpose; only ArchitectureTests looks at it. */
public class Page {

    Adapter adapter;
}
