package no.lokta.scale;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * Counts the SQL statements the current thread sends while a {@link Recording} is open: every
 * statement prepared, and every one executed on a plain statement. MockMvc handles a request on the
 * test's own thread, so a recording around one request holds exactly that request's statements.
 */
@Component
class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();

    /** The statements of this thread from now until {@link Recording#close()}. */
    static Recording record() {
        List<String> statements = new ArrayList<>();
        RECORDING.set(statements);
        return new Recording(statements);
    }

    record Recording(List<String> statements) implements AutoCloseable {
        @Override
        public void close() {
            RECORDING.remove();
        }
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof Counting)) {
            return new Counting(dataSource);
        }
        return bean;
    }

    private static void note(Object sql) {
        List<String> statements = RECORDING.get();
        if (statements != null) {
            statements.add(String.valueOf(sql).replaceAll("\\s+", " ").strip());
        }
    }

    /** Unwraps like the pool it wraps, so that health and metrics still find Hikari behind it. */
    private static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(obtainTargetDataSource().getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(obtainTargetDataSource().getConnection(username, password));
        }
    }

    private static Connection counting(Connection connection) {
        return proxy(Connection.class, connection, (proxy, method, args) -> {
            String name = method.getName();
            if (name.startsWith("prepare") && args != null && args.length > 0) {
                note(args[0]);
            }
            Object result = invoke(method, connection, args);
            if (name.equals("createStatement") && result instanceof Statement statement) {
                return proxy(Statement.class, statement, (p, m, a) -> {
                    if ((m.getName().startsWith("execute") || m.getName().equals("addBatch"))
                            && a != null
                            && a.length > 0) {
                        note(a[0]);
                    }
                    return invoke(m, statement, a);
                });
            }
            return result;
        });
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static <T> T proxy(Class<T> type, T target, InvocationHandler handler) {
        return type.cast(
                Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
