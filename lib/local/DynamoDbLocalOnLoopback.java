// Starts DynamoDB Local listening on 127.0.0.1 only. Its own launcher (ServerRunner) builds a Jetty server
// on a port with no host, which binds every interface, and has no option to change that; so this builds the
// same server from the same command-line arguments, sets the host of its connector before start, and
// starts it. Telemetry is never configured here, so none is sent.
// Run with Java's single-file source launcher: java -cp DynamoDBLocal.jar DynamoDbLocalOnLoopback.java -port N ...
import java.lang.reflect.Field;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

public class DynamoDbLocalOnLoopback {
  public static void main(String[] args) throws Exception {
    DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(args);
    Field field = DynamoDBProxyServer.class.getDeclaredField("server");
    field.setAccessible(true);
    Server jetty = (Server) field.get(proxy);
    Connector[] connectors = jetty.getConnectors();
    if (connectors.length == 0) throw new IllegalStateException("DynamoDB Local created no connector");
    for (Connector connector : connectors) ((ServerConnector) connector).setHost("127.0.0.1");
    proxy.start();
    System.out.println("DynamoDB Local listening on 127.0.0.1 only");
  }
}
