package com.linli;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Linli (邻里): community group-buying. Lives at the root package so every module is scanned. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LinliApplication {

    public static void main(String[] args) {
        SpringApplication.run(LinliApplication.class, args);
    }
}
