package no.lokta;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Løkta: a platform for inter-municipal collaboration units in health and care services. */
@SpringBootApplication
@EnableScheduling
public class LoktaApplication {

    public static void main(String[] args) {
        SpringApplication.run(LoktaApplication.class, args);
    }
}
