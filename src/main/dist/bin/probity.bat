@echo off
rem Starts Probity (the window with no arguments, otherwise a command) on the Java 17 or newer
rem that it finds: JAVA_HOME if set, else java.exe on the PATH.
rem Extra JVM options can be given in PROBITY_JAVA_OPTS, e.g. set PROBITY_JAVA_OPTS=-Xmx2g
setlocal

set "APP_HOME=%~dp0.."
for %%I in ("%APP_HOME%") do set "APP_HOME=%%~fI"
if exist "%APP_HOME%\lib\probity.jar" goto findJava
echo probity: %APP_HOME%\lib\probity.jar is missing; reinstall Probity. 1>&2
exit /b 1

:findJava

set "JAVA_CMD="
if defined JAVA_HOME goto javaFromHome
for %%J in (java.exe) do set "JAVA_CMD=%%~$PATH:J"
if defined JAVA_CMD goto checkVersion
echo probity: no Java found; install Java 17 or newer, or set JAVA_HOME to one. 1>&2
exit /b 1

:javaFromHome
set "JAVA_CMD=%JAVA_HOME%\bin\java.exe"
if exist "%JAVA_CMD%" goto checkVersion
echo probity: JAVA_HOME is set to %JAVA_HOME%, which has no bin\java.exe; point it at a Java 17 (or newer) installation. 1>&2
exit /b 1

:checkVersion
set "JAVA_VERSION="
for /f "tokens=3" %%V in ('call "%JAVA_CMD%" -version 2^>^&1 ^| findstr /i "version"') do set "JAVA_VERSION=%%~V"
set "MAJOR="
set "MINOR="
for /f "tokens=1,2 delims=.-+" %%A in ("%JAVA_VERSION%") do (
    set "MAJOR=%%A"
    set "MINOR=%%B"
)
if "%MAJOR%"=="1" set "MAJOR=%MINOR%"
if not defined MAJOR goto unknownJava
set "MAJOR_NUMBER=0"
set /a MAJOR_NUMBER=%MAJOR% 2>nul
if %MAJOR_NUMBER% GEQ 17 goto buildPaths
echo probity: %JAVA_CMD% is Java %JAVA_VERSION%; Probity needs Java 17 or newer (set JAVA_HOME to one). 1>&2
exit /b 1
:unknownJava
echo probity: could not tell which Java %JAVA_CMD% is; Probity needs Java 17 or newer (set JAVA_HOME). 1>&2
exit /b 1

rem JavaFX goes on the module path and everything else on the class path, as JavaFX expects.
:buildPaths
set "MODULE_PATH="
set "CLASS_PATH="
for %%F in ("%APP_HOME%\lib\*.jar") do call :addJar "%%~fF" "%%~nxF"

"%JAVA_CMD%" -XX:MaxTenuringThreshold=1 %PROBITY_JAVA_OPTS% -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true --module-path "%MODULE_PATH:~1%" --add-modules javafx.controls,javafx.fxml,javafx.swing -cp "%CLASS_PATH:~1%" org.probity.cli.Launcher %*
exit /b %ERRORLEVEL%

:addJar
set "JAR_NAME=%~2"
if /i not "%JAR_NAME:~0,7%"=="javafx-" goto addToClassPath
set "MODULE_PATH=%MODULE_PATH%;%~1"
goto :eof
:addToClassPath
set "CLASS_PATH=%CLASS_PATH%;%~1"
goto :eof
