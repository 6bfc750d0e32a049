package no.lokta.programme.mail;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Module listeners ({@code @ApplicationModuleListener}) run asynchronously, on Boot's task
 * executor (virtual threads here): a registration is answered without waiting for its mails, and
 * a failing listener cannot fail a request whose change already committed.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncListeners {}
