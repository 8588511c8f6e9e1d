package id.musrenflow.identity;

/** Command to create a user; the password is plain text here and hashed before it is stored. */
public record NewUser(String username, String fullName, String email, String phone, String password) {
}
