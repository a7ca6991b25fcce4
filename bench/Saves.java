import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

/**
 * A stand-in for editors saving during a spike (bench/spike.sh): every INTERVAL ms for DURATION ms,
 * one new row in the revision table, which is what a save adds and what makes every cached page
 * stale (DataVersion). Connects to the benchmark's own H2 file, opened by the app with
 * AUTO_SERVER=TRUE so that a second process may write to it. Run as a single-file program:
 *
 *   java -cp h2.jar bench/Saves.java jdbc:h2:file:/tmp/x/peaceterms;AUTO_SERVER=TRUE 1000 20000
 */
public class Saves {

	public static void main(String[] args) throws Exception {
		long interval = Long.parseLong(args[1]);
		long end = System.currentTimeMillis() + Long.parseLong(args[2]);
		int saves = 0;
		try (Connection connection = DriverManager.getConnection(args[0], "sa", "");
				PreparedStatement insert = connection
					.prepareStatement("insert into revision (created_at, username) values (?, 'bench-spike')")) {
			while (System.currentTimeMillis() < end) {
				Thread.sleep(interval);
				insert.setLong(1, System.currentTimeMillis());
				insert.executeUpdate();
				saves++;
			}
		}
		System.out.println("saves=" + saves);
	}

}
