package no.lokta.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document of /api/v1: personal API tokens as Bearer. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI loktaOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Løkta API")
                        .version("v1")
                        .description("JSON API for inter-municipal collaborations. Authenticate with a personal API"
                                + " token: Authorization: Bearer <token>."))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")));
    }
}
