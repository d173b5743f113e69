package com.linli.app;

import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import com.linli.app.demo.DemoDataLoader;

/**
 * Puts the admin account and, into an empty database, the demo data in place while the
 * application starts: in the lifecycle phase just before the web server's, so the first request
 * and the readiness report find them there (an ApplicationRunner would run after both).
 */
@Component
class Provisioning implements SmartLifecycle {

    private final AdminAccount admin;
    private final DemoDataLoader demo;
    private volatile boolean done;

    Provisioning(AdminAccount admin, DemoDataLoader demo) {
        this.admin = admin;
        this.demo = demo;
    }

    @Override
    public void start() {
        demo.loadIfWanted(admin.provide());
        done = true;
    }

    /** Nothing to undo; a restarted context finds everything in place. */
    @Override
    public void stop() {
    }

    @Override
    public boolean isRunning() {
        return done;
    }

    @Override
    public int getPhase() {
        return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;
    }
}
