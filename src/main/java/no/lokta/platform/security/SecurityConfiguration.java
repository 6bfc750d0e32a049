package no.lokta.platform.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two chains: the JSON API with personal Bearer tokens and no session, and the web pages with form
 * sign-in, CSRF and a session kept in PostgreSQL. Pages check the person's role in the current
 * collaboration through {@link Tenancy}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt, with room to move to a stronger hash later
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(
            UserDetailsService users,
            PasswordEncoder encoder,
            List<AuthenticationProvider> otherProviders,
            AuthenticationEventPublisher events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        List<AuthenticationProvider> providers = new ArrayList<>(otherProviders);
        providers.add(passwords);
        ProviderManager manager = new ProviderManager(providers);
        manager.setAuthenticationEventPublisher(events);
        return manager;
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager manager) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(manager), UsernamePasswordAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable()) // no cookies on the API: a token must be sent with each call
                .requestCache(c -> c.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, AuthenticationManager manager) throws Exception {
        ExceptionMappingAuthenticationFailureHandler failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setDefaultFailureUrl("/login?error");
        failure.setExceptionMappings(java.util.Map.of(LockedException.class.getName(), "/login?locked"));
        http.authenticationManager(manager)
                .authorizeHttpRequests(a -> a
                        // before the public programme pages: what is under them needs sign-in
                        .requestMatchers("/programme/manage/**", "/programme/activities/*/registrations")
                        .authenticated()
                        // before the public library of good examples: its coordinator pages need sign-in
                        .requestMatchers("/knowledge/examples/manage/**")
                        .authenticated()
                        // before the public news: its coordinator pages need sign-in
                        .requestMatchers("/knowledge/news/manage/**")
                        .authenticated()
                        .requestMatchers(
                                "/",
                                "/login",
                                "/password/**",
                                "/css/**",
                                "/js/**",
                                "/vendor/**",
                                "/favicon.svg",
                                "/error",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/actuator/prometheus",
                                "/v3/api-docs",
                                "/v3/api-docs/**",
                                "/swagger-ui.html",
                                "/swagger-ui/**",
                                // benchmark controls, there only with lokta.benchmark.enabled=true
                                "/benchmark/plaintext",
                                "/benchmark/fortunes",
                                "/programme",
                                "/programme/activities/*",
                                "/programme/activities/*/guest-registration",
                                // calendar feeds (calendar programs cannot sign in) and evaluation links
                                "/programme/activities/*/calendar.ics",
                                "/programme/networks/*/calendar.ics",
                                "/programme/calendar/*",
                                "/projects/calendar/feed/*",
                                "/programme/evaluations/*",
                                "/needs/respond/*",
                                "/programme/registrations/confirm",
                                "/programme/registrations/*/cancel",
                                "/programme/shadowing",
                                "/programme/shadowing/placements/*",
                                // the public library of good examples
                                "/knowledge/examples",
                                "/knowledge/examples/*",
                                // public news, its feeds, and the newsletter's subscribe and unsubscribe links
                                "/knowledge/news",
                                "/knowledge/news/*",
                                "/knowledge/news/subscribe/*",
                                "/knowledge/news/unsubscribe/*")
                        .permitAll()
                        // public documents: their page and the files of their versions
                        .requestMatchers("/documents/*", "/documents/*/versions/*/file")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(f -> f.loginPage("/login")
                        .usernameParameter("email")
                        .defaultSuccessUrl("/", false)
                        .failureHandler(failure)
                        .permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self'; style-src-attr 'unsafe-inline';"
                                        + " script-src 'self'; object-src 'none'; frame-ancestors 'none';"
                                        + " form-action 'self'; base-uri 'self'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny()));
        return http.build();
    }
}
