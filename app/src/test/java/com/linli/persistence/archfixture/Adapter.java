package com.linli.persistence.archfixture;

import com.linli.web.archfixture.Page;

/** An adapter that reaches into web, on purpose; only ArchitectureTests looks at it. */
public class Adapter {

    Page page;
}
