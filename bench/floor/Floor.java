import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.util.List;
import okhttp3.ConnectionSpec;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The least a JVM program on influx-auth's libraries does to list tokens: one OkHttp GET of
 * /api/v2/authorizations (INFLUX_HOST, INFLUX_TOKEN), Jackson's streaming parser over the body, each
 * authorization's id printed. No command line, no table, no checks: its time is the floor under
 * any JVM tool built on OkHttp and Jackson. bench/floor/run times it. Not part of the product.
 */
public final class Floor {
    public static void main(String[] args) throws Exception {
        OkHttpClient client = new OkHttpClient.Builder()
                .connectionSpecs(List.of(ConnectionSpec.CLEARTEXT))
                .build();
        Request request = new Request.Builder()
                .url(System.getenv("INFLUX_HOST") + "/api/v2/authorizations")
                .header("Authorization", "Token " + System.getenv("INFLUX_TOKEN"))
                .build();
        StringBuilder ids = new StringBuilder();
        try (Response response = client.newCall(request).execute();
                JsonParser parser = new JsonFactory().createParser(response.body().byteStream())) {
            int depth = 0;
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                } else if (t == JsonToken.FIELD_NAME && depth == 3 && parser.currentName().equals("id")) {
                    ids.append(parser.nextTextValue()).append('\n');
                }
            }
        }
        System.out.print(ids);
        System.exit(0);
    }
}
