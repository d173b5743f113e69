package com.linli.persistence;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;

/** The persistence slice's configuration: the adapters here, the entities in the domain. */
@SpringBootConfiguration
@EnableAutoConfiguration
@EntityScan("com.linli.domain")
class PersistenceTestApplication {
}
